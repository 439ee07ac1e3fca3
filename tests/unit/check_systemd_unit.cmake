# Checks the systemd unit of ronde-server has the sections and keys systemd needs.
file(READ "${UNIT}" text)
foreach(required "[Unit]" "[Service]" "[Install]" "ExecStart=/usr/bin/ronde-server serve"
        "WantedBy=multi-user.target" "User=ronde")
    string(FIND "${text}" "${required}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${UNIT}: missing '${required}'")
    endif()
endforeach()
