// A Server Action's body, checked before Next.js decodes it. Next answers 500 when the body
// is not the shape its client sends (a torn multipart body, or arguments that are not JSON),
// so a replayed or hand-made request could turn a client's mistake into a server error.
// The shapes (Next.js 16, `encodeReply` in React's Flight client):
//   - `multipart/form-data` when the arguments hold a FormData: the form's own fields, plus
//     parts named by a number ("0", "1"…) that carry the arguments as JSON;
//   - otherwise `text/plain`: the argument list as one JSON value.

const ARGUMENT_PART = /^\d+$/;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why this Server Action request's body cannot be what Next's client sent, or null when it
 * may be. Reads a clone, so the request itself is untouched.
 */
export async function malformedActionBody(request: Request): Promise<string | null> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "The form data could not be read.";
    }
    for (const [name, value] of form.entries()) {
      if (ARGUMENT_PART.test(name) && typeof value === "string" && !isJson(value)) {
        return "The form's arguments could not be read.";
      }
    }
    return null;
  }
  const text = await request.clone().text();
  return text === "" || isJson(text) ? null : "The request could not be read.";
}
