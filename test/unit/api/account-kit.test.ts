// The account module (Session, User, Organization and their schemas) is fetched only when a session arrives.
// This file imports nothing that registers it, so each test sees the module state a signed-out page starts with.
import { expect } from '@open-wc/testing';
import { account, accountFor, holdsSessions } from '../../../src/api/account-kit.js';
import { LatchRuntimeError } from '../../../src/api/errors.js';
import { HttpFrontendApi } from '../../../src/api/http/http-api.js';
import { buildPublishableKey } from '../../../src/api/http/publishable-key.js';
import type { ClientJSON } from '../../../src/api/schemas/index.js';
import { Client } from '../../../src/resources/client.js';
import type { ResourceHost } from '../../../src/resources/host.js';
import { createFetchStub, json } from './fetch-stub.js';
import { clientJSON } from './samples.js';

const adapter = (...bodies: unknown[]) =>
  new HttpFrontendApi({
    publishableKey: buildPublishableKey('clerk.example.com', 'production'),
    fetch: createFetchStub(...bodies.map((body) => () => json(body))).fetch,
  });
const host = { applyClient() {}, handleUnauthenticated: async () => {} } as unknown as ResourceHost;
const signedOut = () => ({ ...clientJSON(), sessions: [], last_active_session_id: null });

describe('the account module, fetched when the first session arrives', () => {
  it('tells which bodies carry a session: a client as the response, piggybacked, or under meta', () => {
    expect(holdsSessions({ response: clientJSON() })).to.equal(true);
    expect(holdsSessions({ response: {}, client: clientJSON() })).to.equal(true);
    expect(holdsSessions({ response: {}, meta: { client: clientJSON() } })).to.equal(true);
    expect(holdsSessions({ response: signedOut(), client: null })).to.equal(false);
    expect(holdsSessions({ response: { sessions: 'not a list' } })).to.equal(false);
    expect(holdsSessions(null)).to.equal(false);
    expect(holdsSessions('text')).to.equal(false);
  });

  it('a signed-out client is read and built without it', async () => {
    const { response } = await adapter({ response: signedOut(), client: null }).getClient();
    const client = new Client(host, response);
    expect(client.sessions).to.deep.equal([]);
    expect(client.id).to.equal('client_1');
    expect(accountFor(response)).to.equal(undefined);
    expect(() => account()).to.throw(/account module/);
  });

  it('building sessions before it is in fails loudly instead of dropping them', () => {
    expect(() => new Client(host, clientJSON() as unknown as ClientJSON)).to.throw(/account module/);
  });

  it('a malformed session is a typed malformed_response, the module fetched to check it', async () => {
    const bad = { ...clientJSON(), sessions: [{ id: 42 }] };
    const error = await adapter({ response: bad })
      .getClient()
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LatchRuntimeError);
    expect((error as LatchRuntimeError).code).to.equal('malformed_response');
  });

  it('a client with a session fetches it before parsing, then builds Session and User objects', async () => {
    const { response } = await adapter({ response: clientJSON() }).getClient();
    expect(account().Session).to.be.a('function');
    const client = new Client(host, response);
    expect(client.sessions).to.have.length(1);
    expect(client.sessions[0]).to.be.instanceOf(account().Session);
    expect(client.sessions[0]?.user?.id).to.equal(response?.sessions[0]?.user?.id);
  });
});
