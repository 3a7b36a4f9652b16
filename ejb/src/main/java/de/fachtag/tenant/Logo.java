package de.fachtag.tenant;

/** An image as stored, with the content type to serve it with. */
public record Logo(byte[] bytes, String contentType, long version) {}
