"""Review of a run: the HTML review page, page drawings, exports (reads published tables; nothing imports it back)."""
