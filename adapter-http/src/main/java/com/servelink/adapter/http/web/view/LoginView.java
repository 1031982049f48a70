package com.servelink.adapter.http.web.view;

/** The sign-in form: where to go after it, its anti-forgery token, and a refusal to show again. */
public record LoginView(Chrome chrome, String next, String loginCsrf, FormState form) {
}
