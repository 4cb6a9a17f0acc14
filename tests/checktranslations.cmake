# Fails when a translation file has unfinished entries: every string a user can see must be
# translated before it ships. Run by ctest with -DLRELEASE=... -DTS=... -DQM=...
execute_process(COMMAND ${LRELEASE} ${TS} -qm ${QM}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS}: ${err}")
endif()
if(NOT out MATCHES "finished and 0 unfinished")
    message(FATAL_ERROR "${TS} has unfinished translations:\n${out}")
endif()
message(STATUS "${out}")
