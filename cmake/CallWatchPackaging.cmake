# What a desktop needs besides the binary (launcher, AppStream metainfo, icons, manual page,
# Debian copyright and changelog) and the DEB package built from it with `cpack -G DEB`.
# .ci/check-package builds the package and runs the validators and lintian on it.
include(GNUInstallDirs)

set(CALLWATCH_APP_ID io.github.callwatch.CallWatch)
set(CALLWATCH_PACKAGE_MAINTAINER "The CallWatch developers <callwatch@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the DEB package and its changelog")
set(CALLWATCH_DEB_RELEASE 1) # the Debian revision: bump when only the packaging changes

# The window names its .desktop file, so docks and Wayland compositors match it to the launcher.
target_compile_definitions(callwatch PRIVATE CALLWATCH_APP_ID="${CALLWATCH_APP_ID}")

set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/callwatch)

# The changelog and the metainfo carry the version by hand; a release that forgot one of them
# stops here rather than shipping a package that contradicts itself.
file(STRINGS ${packaging_dir}/debian/changelog changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^callwatch \\(${PROJECT_VERSION}-${CALLWATCH_DEB_RELEASE}\\) ")
    message(FATAL_ERROR "packaging/debian/changelog must start with an entry for "
                        "${PROJECT_VERSION}-${CALLWATCH_DEB_RELEASE}, not: ${changelog_head}")
endif()
file(READ ${packaging_dir}/${CALLWATCH_APP_ID}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(FATAL_ERROR "packaging/${CALLWATCH_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${packaging_dir}/debian/changelog ${packaging_dir}/${CALLWATCH_APP_ID}.metainfo.xml ${packaging_dir}/callwatch.1)

# Debian wants the changelog and manual page compressed with gzip -9n (no name, no timestamp,
# so the package is reproducible).
find_program(GZIP_PROGRAM gzip REQUIRED)
function(callwatch_gzip source target)
    execute_process(COMMAND ${GZIP_PROGRAM} -9nc ${source} OUTPUT_FILE ${target} COMMAND_ERROR_IS_FATAL ANY)
endfunction()
configure_file(${packaging_dir}/callwatch.1 ${PROJECT_BINARY_DIR}/packaging/callwatch.1 @ONLY)
callwatch_gzip(${PROJECT_BINARY_DIR}/packaging/callwatch.1 ${PROJECT_BINARY_DIR}/packaging/callwatch.1.gz)
callwatch_gzip(${packaging_dir}/debian/changelog ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)

install(FILES ${packaging_dir}/${CALLWATCH_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${CALLWATCH_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${icons_dir}/${CALLWATCH_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${icons_dir}/${size}x${size}/${CALLWATCH_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_BINARY_DIR}/packaging/callwatch.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_dir}/debian/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
        DESTINATION ${doc_dir})
install(FILES ${packaging_dir}/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME callwatch)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME callwatch)
set(CPACK_PACKAGE_VENDOR "The CallWatch developers")
set(CPACK_PACKAGE_CONTACT "${CALLWATCH_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live dashboard of the calls in progress on RingCentral")
# Debian shows the long description as is: lines under 80 columns, paragraphs apart.
set(CPACK_PACKAGE_DESCRIPTION [[
CallWatch shows every call in progress on a RingCentral account:
company-wide for administrators, or on one's own extension for everyone
else. It is made to stay open all day on a supervisor's screen or a
wallboard: who is on a call with whom, for how long, inbound or outbound,
ringing, on hold or just ended, with search, sorting and CSV export.

It signs in with a RingCentral JWT credential kept in the Secret Service
keyring, paces its requests by the platform's rate limits, and prints
snapshots for scripts with 'callwatch --once'. 'callwatch --demo' opens
the window on a built-in simulator of the platform, no account needed.]])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Directories the package creates are 0755 whatever the umask of whoever builds it.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CALLWATCH_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION comm)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The Qt and QtKeychain libraries come from dpkg-shlibdeps; QtKeychain opens libsecret with
# dlopen, so no tool can see that one, and without it there is no keychain at all.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# Something has to answer on org.freedesktop.secrets (or KWallet) for the sign-in to be kept;
# Qt's own texts (standard buttons, file dialogs) come translated from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")

include(CPack)
