"""Running the pipeline: one document as a unit of work, a batch of them, the command line."""
