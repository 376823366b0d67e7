/** Test kit for code that talks to model providers (`@contentflow/platform/models/testing`). */
export {
  completionReply,
  errorReply,
  type FakeChatCompletionsServer,
  type FakeReply,
  type FakeResponder,
  type RecordedRequest,
  startFakeChatCompletionsServer,
  streamReply,
} from './openai/fake-chat-completions-server.ts';
