"""Pages → document metadata, sections, forms, table rows, narrative facts."""
