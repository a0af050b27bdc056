"""The transactions desk: find payments, read their history, and move money safely."""
