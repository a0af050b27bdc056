"""ui"""

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, dropped just below)

from app.core.import_hook import drop_qt_feature_import_hook

drop_qt_feature_import_hook()
