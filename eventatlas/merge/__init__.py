"""Reports of one happening from several articles become one event (see `happenings.py`), whose
fields are reconciled from all of them with the disagreements kept (see `reconcile.py`)."""
