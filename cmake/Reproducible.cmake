# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Reproducible builds: two builds of one commit give the same binaries.
#
# rcc stamps every file it embeds with the file's modification time. The .qm catalogues are
# generated in the build tree, so two builds would embed two different times; rcc takes
# SOURCE_DATE_EPOCH instead when it is set. Custom commands (rcc, lrelease, …) therefore run with
# SOURCE_DATE_EPOCH: the value of the environment when CMake configures, else the time of the
# commit checked out then. (The package's own time stamps are set by cpack, see
# packaging/CPackProjectConfig.cmake.in.)
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(loopview_source_date_epoch "$ENV{SOURCE_DATE_EPOCH}")
else()
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${PROJECT_SOURCE_DIR}" log -1 --format=%ct
                        OUTPUT_VARIABLE loopview_source_date_epoch OUTPUT_STRIP_TRAILING_WHITESPACE
                        ERROR_QUIET)
    endif()
endif()
if(loopview_source_date_epoch MATCHES "^[0-9]+$")
    set_property(GLOBAL PROPERTY RULE_LAUNCH_CUSTOM
                 "${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${loopview_source_date_epoch}")
else()
    message(STATUS "No SOURCE_DATE_EPOCH and no git history: embedded resources carry file times")
endif()
