"""Payment-deferral agreements in the GUI: ``file_plans`` (a tenant file's agreements),
``dialog`` (one agreement) with its tabs ``schedule_tab``, ``payments_tab`` and
``follow_ups_tab``."""
