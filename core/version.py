"""The pipeline version recorded on every row.

Bump it whenever a change alters what the pipeline extracts: a document processed by
another version is processed again on the next run.
"""

PIPELINE_VERSION = "0.1.19"
