"""What is derived from the model alone, before any output is written: encoding tables,
translation plans, and the compatibility verdicts of `vmcsgen diff`."""
