CREATE TABLE drafts (id bigint PRIMARY KEY, body text);
