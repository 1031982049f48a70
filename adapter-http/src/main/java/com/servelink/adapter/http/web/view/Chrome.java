package com.servelink.adapter.http.web.view;


import java.util.List;

/**
 * What the shared layout shows around every page: language, title, who is signed in (null when
 * no one), the anti-forgery token for the sign-out form, the navigation and the language switch.
 */
public record Chrome(Texts t, String title, String userName, boolean staff, String csrf, List<Link> nav,
                     String switchToFrench, String switchToEnglish) {
    public Chrome {
        nav = List.copyOf(nav);
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean french() {
        return "fr".equals(t.tag());
    }
}
