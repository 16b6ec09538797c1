"""The outreach log (annual report chapter 4): courses, talks, stands, media."""
