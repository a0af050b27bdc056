"""The accounts dialog's parts: the account list model, the edit form, connection test."""
