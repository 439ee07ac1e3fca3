# One place for the warning flags every Ronde target uses.
function(ronde_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
        -Wno-sign-conversion -Wnon-virtual-dtor -Woverloaded-virtual)
    if(RONDE_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# The C++ that qmlcachegen writes for each QML file of a module shadows its own parameters:
# not ours to fix, so that warning is off for those generated files only (and its narrowing
# of a list length to int).
function(ronde_quiet_qmlcache target)
    foreach(qml_file IN LISTS ARGN)
        string(REPLACE ".qml" "_qml.cpp" generated "${qml_file}")
        set_source_files_properties(
            "${CMAKE_CURRENT_BINARY_DIR}/.rcc/qmlcache/${target}_${generated}"
            PROPERTIES COMPILE_OPTIONS "-Wno-shadow;-Wno-conversion")
    endforeach()
endfunction()
