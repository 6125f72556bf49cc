"""Application logic without Qt: one module per process step, one transaction per user action."""
