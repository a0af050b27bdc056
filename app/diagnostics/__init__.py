"""What support needs to help a shop: the log, crash reports, and facts about this build.

No Qt here: the log and the crash handler start before Qt is imported, and the windows
that show a report live in ``app.ui``.
"""
