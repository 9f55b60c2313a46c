# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Hardening for every target: the binaries parse data from the network and from files the user
# chooses. The same set as Debian's dpkg-buildflags with `hardening=+all`, so `hardening-check`
# passes on the installed binaries (packaging/check-hardening.sh runs it on the package):
#   stack protector, stack clash protection, control-flow protection (x86), FORTIFY_SOURCE,
#   PIE, read-only relocations and immediate binding (full RELRO).
#
# FORTIFY_SOURCE needs optimisation, so it is on for Release, RelWithDebInfo and MinSizeRel only
# (a Debug build at -O0 would only get a glibc warning, an error with -Werror). It is left out
# when sanitizers are on (the asan preset, LOOPVIEW_FUZZ): their interceptors replace the same
# libc functions and the two get in each other's way.
option(LOOPVIEW_HARDENING "Build with the hardening flags of Debian's dpkg-buildflags" ON)

set(loopview_sanitized FALSE)
if(LOOPVIEW_FUZZ OR CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    set(loopview_sanitized TRUE)
endif()

# Whether this build makes the binaries the package ships: hardened, optimised, no sanitizers.
# The package tests (lintian, hardening-check) only run on such a build; a Debug or asan build
# makes a package nobody ships, without FORTIFY_SOURCE by design.
set(LOOPVIEW_SHIPPING_BUILD FALSE)
if(LOOPVIEW_HARDENING AND NOT loopview_sanitized
   AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
    set(LOOPVIEW_SHIPPING_BUILD TRUE)
endif()

if(NOT LOOPVIEW_HARDENING)
    return()
endif()

include(CheckCXXCompilerFlag)
include(CheckPIESupported)

# -fPIE for every object and -pie for executables (policy CMP0083 is NEW from CMake 3.14).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
check_pie_supported(LANGUAGES CXX)

foreach(flag IN ITEMS -fstack-protector-strong -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "LOOPVIEW_HAS${flag}" flag_variable)
    check_cxx_compiler_flag(${flag} ${flag_variable})
    if(${flag_variable})
        add_compile_options(${flag})
    endif()
endforeach()

if(NOT loopview_sanitized)
    # -U first: some compilers define _FORTIFY_SOURCE themselves, and redefining it warns.
    set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options("$<${optimised}:-U_FORTIFY_SOURCE>" "$<${optimised}:-D_FORTIFY_SOURCE=2>")
endif()

add_link_options(LINKER:-z,relro LINKER:-z,now)
