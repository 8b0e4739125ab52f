# The embedded synthetic sample (SampleGenerator and its models) and the World Bank WDI CSV reader.
set(DIEUHANH_SAMPLE_SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/samplebuilder.cpp ${CMAKE_CURRENT_SOURCE_DIR}/samplebuilder.h
    ${CMAKE_CURRENT_SOURCE_DIR}/samplebuilderindicators.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/samplebuildergovernance.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/samplecatalog.cpp ${CMAKE_CURRENT_SOURCE_DIR}/samplecatalog.h
    ${CMAKE_CURRENT_SOURCE_DIR}/samplegenerator.cpp ${CMAKE_CURRENT_SOURCE_DIR}/samplegenerator.h
    ${CMAKE_CURRENT_SOURCE_DIR}/sampleprovinces.cpp ${CMAKE_CURRENT_SOURCE_DIR}/sampleprovinces.h
    ${CMAKE_CURRENT_SOURCE_DIR}/samplerandom.h
    ${CMAKE_CURRENT_SOURCE_DIR}/sampleseries.cpp ${CMAKE_CURRENT_SOURCE_DIR}/sampleseries.h
    ${CMAKE_CURRENT_SOURCE_DIR}/wdicsvreader.cpp ${CMAKE_CURRENT_SOURCE_DIR}/wdicsvreader.h
)
