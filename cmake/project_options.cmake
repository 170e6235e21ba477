# aiecon_project_options: the warning and sanitizer flags for aiecon's own
# tests and examples.
# Not exported: consumers choose their own warnings.
add_library(aiecon_project_options INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(aiecon_project_options INTERFACE -Wall -Wextra -Wpedantic)
  if(AIECON_WARNINGS_AS_ERRORS)
    target_compile_options(aiecon_project_options INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(aiecon_project_options INTERFACE /W4 /permissive-)
  if(AIECON_WARNINGS_AS_ERRORS)
    target_compile_options(aiecon_project_options INTERFACE /WX)
  endif()
endif()

# -DAIECON_SANITIZE=address,undefined: sanitize aiecon's tests and examples,
# stopping at the first finding.
if(AIECON_SANITIZE)
  target_compile_options(aiecon_project_options INTERFACE -fsanitize=${AIECON_SANITIZE}
                                                   -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(aiecon_project_options INTERFACE -fsanitize=${AIECON_SANITIZE})
endif()
