// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/MoveOnlyFunction.h: without C++23's std::move_only_function,
// uWS::MoveOnlyFunction is ofats::any_invocable, whose converting
// constructor stores the callable and so instantiates its call with the
// signature's argument types. Only the unqualified R(Args...) form is
// declared here.

#ifndef _ANY_INVOKABLE_H_
#define _ANY_INVOKABLE_H_

#include <cstddef>
#include <functional>
#include <type_traits>
#include <utility>

#if !defined(__cpp_lib_move_only_function) || __cpp_lib_move_only_function < 202110L

namespace ofats {

template <class Signature> class any_invocable;

template <class R, class... ArgTypes> class any_invocable<R(ArgTypes...)> {
public:
  using result_type = R;

  any_invocable() noexcept = default;
  any_invocable(std::nullptr_t) noexcept {}
  any_invocable(any_invocable &&rhs) noexcept;

  template <class F,
            class = std::enable_if_t<
                !std::is_same_v<std::remove_cv_t<std::remove_reference_t<F>>,
                                any_invocable> &&
                std::is_invocable_r_v<R, F &, ArgTypes...> &&
                std::is_constructible_v<std::decay_t<F>, F>>>
  any_invocable(F &&f) {
    // Stands for the upstream storage: takes the call of the stored type.
    call_ = &invoke<std::decay_t<F>>;
    (void)f;
  }

  any_invocable &operator=(any_invocable &&rhs) noexcept;
  any_invocable &operator=(std::nullptr_t) noexcept;
  ~any_invocable();

  explicit operator bool() const noexcept;
  R operator()(ArgTypes... args);

private:
  template <class T> static R invoke(void *target, ArgTypes... args) {
    return (*static_cast<T *>(target))(std::forward<ArgTypes>(args)...);
  }
  R (*call_)(void *, ArgTypes...) = nullptr;
};

} // namespace ofats

namespace uWS {
template <class T> using MoveOnlyFunction = ofats::any_invocable<T>;
}

#else

namespace uWS {
template <class T> using MoveOnlyFunction = std::move_only_function<T>;
}

#endif

#endif // _ANY_INVOKABLE_H_
