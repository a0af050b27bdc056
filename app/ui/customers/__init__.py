"""The customer view and charging a saved card."""
