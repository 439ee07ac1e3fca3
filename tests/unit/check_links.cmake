# A program links none of the libraries named in FORBIDDEN (a |-separated list of patterns),
# judged from ldd: the tablet app carries no PostgreSQL, Qt Charts or Qt Widgets.
execute_process(COMMAND ldd ${PROGRAM} OUTPUT_VARIABLE linked RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd ${PROGRAM} failed")
endif()
string(REPLACE "|" ";" patterns "${FORBIDDEN}")
foreach(pattern IN LISTS patterns)
    if(linked MATCHES "${pattern}")
        message(FATAL_ERROR "${PROGRAM} links ${pattern}:\n${linked}")
    endif()
endforeach()
message(STATUS "${PROGRAM} links none of: ${FORBIDDEN}")
