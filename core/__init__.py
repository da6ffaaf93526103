"""Records, errors and version shared by every stage."""
