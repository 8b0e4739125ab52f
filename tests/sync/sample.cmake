# tests of the sample generator and the WDI reader
dieuhanh_add_test(tst_samplegenerator SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_samplegenerator.cpp LIBS dieuhanh_sync dieuhanh_cli)
dieuhanh_add_test(tst_wdicsvreader SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_wdicsvreader.cpp LIBS dieuhanh_sync dieuhanh_cli)
