# The overviews: dashboard, coverage map, figures, holidays, access, merge.

dashboard-to-lists = seznamy
