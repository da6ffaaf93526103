"""Numbers, units, periods, administrative units, catalog codes and checks."""
