"""Small widgets shared by the desks."""
