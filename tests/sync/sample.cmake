# tests of the sample generator and the WDI reader
