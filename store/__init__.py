"""Publishing parquet tables: schemas, per-document results, atomic publish, lock."""
