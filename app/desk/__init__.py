"""The shop's workflows, without widgets: what a page does, minus the drawing.

Money moves (journal first, send once, settle, reconcile), payment links (create, cancel,
follow), saved cards, order recording, connection checks and the words staff read. The
Qt layer (`app.ui`) shows these and turns their listener calls into signals; everything
here is tested with plain pytest against the sandbox. No Qt may be imported here.
"""
