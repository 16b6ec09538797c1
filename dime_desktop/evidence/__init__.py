"""Evidence kept with a case inside the encrypted vault: the record of each
item (:mod:`.model`), the checks a file passes before it is added, and its
fingerprint (:mod:`.files`). The bytes are stored by ``storage/evidence.py``."""
