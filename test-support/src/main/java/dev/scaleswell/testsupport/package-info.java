/**
 * Test fixtures shared by every module: a real S3 protocol server to test against.
 */
package dev.scaleswell.testsupport;
