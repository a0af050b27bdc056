"""Paydesk: a desktop back office for merchants on Dintero Checkout."""

__version__ = "0.1.0"
