"""The Payment links desk."""
