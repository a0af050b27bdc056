"""Plain Python with no I/O: money, VAT, phone numbers, references, environments."""
