"""Helpers the screens share that are not screens themselves."""
