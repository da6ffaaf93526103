"""Bytes → pages of text and positioned words (text layer, OCR, or text export)."""
