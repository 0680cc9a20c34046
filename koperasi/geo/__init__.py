"""Plot geometry for traceability (EUDR): reading phone GPS exports, checking them, writing
the EUDR GeoJSON.

The only package that imports shapely and pyproj. Coordinates travel as Decimal, parsed
from the text as it was given, so that the six-decimal rule is checked on what the GPS app
wrote and the stored GeoJSON keeps those digits; floats are made only for shapely and
pyproj. Areas are integer square metres (1 ha = 10 000 m2).
"""
