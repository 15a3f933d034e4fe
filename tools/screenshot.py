"""Save a PNG of the whole X screen (run with DISPLAY set to the Xvfb display). No ImageMagick needed."""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
app.primaryScreen().grabWindow(0).save(sys.argv[1] if len(sys.argv) > 1 else "shot.png")
