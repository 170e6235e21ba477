# aiecon_warnings: the warning flags for aiecon's own tests and examples.
# Not exported: consumers choose their own warnings.
add_library(aiecon_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(aiecon_warnings INTERFACE -Wall -Wextra -Wpedantic)
  if(AIECON_WARNINGS_AS_ERRORS)
    target_compile_options(aiecon_warnings INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(aiecon_warnings INTERFACE /W4 /permissive-)
  if(AIECON_WARNINGS_AS_ERRORS)
    target_compile_options(aiecon_warnings INTERFACE /WX)
  endif()
endif()
