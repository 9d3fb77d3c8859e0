import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves once the condition holds', async () => {
    let n = 0;
    await waitFor(() => ++n >= 3, 'three polls');
    expect(n).toBe(3);
  });

  it('names what it waited for when it gives up', async () => {
    await expect(waitFor(() => false, 'the impossible', 50)).rejects.toThrow('timed out after 50 ms waiting for the impossible');
  });
});
