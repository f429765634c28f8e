"""Datasheets and SVD: PDF sections and register maps (PyMuPDF), CMSIS-SVD register maps."""
